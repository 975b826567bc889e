import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IMember } from '../../../model/Member';
import type { IDirectoryRecords } from './useDirectoryRecords';
import { MemberCard } from './MemberCard';

const classes = mergeStyleSets({
  grid: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: 12,
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))'
  }
});

export interface IMemberCardGridProps {
  members: readonly IMember[];
  lookups: IDirectoryRecords;
  label: string;
  profileHref: (memberId: number) => string;
  onOpenProfile: (memberId: number) => void;
}

/** The card layout, as a list so its length is announced. */
export function MemberCardGrid(props: IMemberCardGridProps): JSX.Element {
  return (
    <ul className={classes.grid} aria-label={props.label}>
      {props.members.map((member) => (
        <li key={member.id}>
          <MemberCard member={member} lookups={props.lookups} profileHref={props.profileHref} onOpenProfile={props.onOpenProfile} />
        </li>
      ))}
    </ul>
  );
}
