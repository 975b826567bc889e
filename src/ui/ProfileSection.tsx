import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';

const classes = mergeStyleSets({
  section: { marginTop: 20 },
  heading: { margin: '0 0 6px', fontSize: 16, fontWeight: 600 },
  list: { margin: 0, paddingLeft: 20 }
});

export interface IProfileSectionProps {
  heading: string;
  children: React.ReactNode;
}

/** A headed part of the profile, so screen-reader users can jump between parts by heading (the panel's own title is level 1). */
export function ProfileSection(props: IProfileSectionProps): JSX.Element {
  const id = React.useMemo(() => getId('profile-section'), []);
  return (
    <section className={classes.section} aria-labelledby={id}>
      <h2 id={id} className={classes.heading}>
        {props.heading}
      </h2>
      {props.children}
    </section>
  );
}

export interface ITextListProps {
  items: readonly string[];
  /** Shown instead of an empty list. */
  emptyText: string;
}

/** A bulleted list of short texts, or a plain sentence when there are none. */
export function TextList(props: ITextListProps): JSX.Element {
  if (props.items.length === 0) return <p>{props.emptyText}</p>;
  return (
    <ul className={classes.list}>
      {props.items.map((item, index) => (
        <li key={`${index}-${item}`}>{item}</li>
      ))}
    </ul>
  );
}
