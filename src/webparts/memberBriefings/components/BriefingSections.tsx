import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { BriefingSection } from '../../../model/orderBriefingItems';
import type { CalendarDate } from '../../../schema/ukDates';
import { BriefingItemArticle } from './BriefingItemArticle';
import { IItemLinking, itemElementId } from './itemLinking';
import type { IWardTerms } from './wardTerms';
import { categoryLabel } from '../categoryLabel';

export interface IBriefingSectionsProps {
  sections: readonly BriefingSection[];
  week: CalendarDate;
  /** Heading of the reader's own ward section ("Affecting your ward" or "Affecting Abbey"). */
  readerWardHeading: string;
  terms: IWardTerms;
  linking: IItemLinking;
  /** Unique per web part on the page, for element ids. */
  idPrefix: string;
}

const classes = mergeStyleSets({
  section: { margin: '0 0 20px' },
  heading: { margin: '0 0 8px', fontSize: 18, fontWeight: 600 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }
});

/** The briefing's sections in order: the reader's ward first, then each category, each with its heading. */
export function BriefingSections(props: IBriefingSectionsProps): JSX.Element {
  return (
    <>
      {props.sections.map((section) => {
        const key = section.kind === 'readerWard' ? `ward-${section.wardId}` : `category-${section.category}`;
        const headingId = `${props.idPrefix}-${key.replace(/\W+/g, '-')}`;
        return (
          <section key={key} className={classes.section} aria-labelledby={headingId}>
            <h4 id={headingId} className={classes.heading}>
              {section.kind === 'readerWard' ? props.readerWardHeading : categoryLabel(section.category)}
            </h4>
            <ul className={classes.list}>
              {section.items.map((entry) => (
                <li key={entry.item.id}>
                  <BriefingItemArticle
                    entry={entry}
                    week={props.week}
                    elementId={itemElementId(props.idPrefix, entry.item.id)}
                    terms={props.terms}
                    linking={props.linking}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
