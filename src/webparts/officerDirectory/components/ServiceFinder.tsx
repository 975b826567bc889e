import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IOfficerDirectory } from '../../../model/Officer';
import { formatText } from '../../../ui/formatText';
import { LiveAnnouncement } from '../../../ui/LiveAnnouncement';
import { EmptyState } from '../../../ui/states/EmptyState';
import { IServiceAnswerLinks, ServiceAnswer } from './ServiceAnswer';
import { useServiceAnswers } from './useServiceAnswers';
import type { ServiceLookup } from './useServiceLookup';
import { formatPlural, pluralForms } from '../../../ui/formatPlural';
import { SearchInput } from '../../../ui/controls/SearchInput';

const classes = mergeStyleSets({
  controls: { display: 'grid', gap: 8, marginBottom: 16 },
  intro: { margin: 0 },
  resultsHeading: { margin: '8px 0', fontSize: 16, fontWeight: 600 },
  answers: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }
});

export interface IServiceFinderProps extends IServiceAnswerLinks {
  directory: IOfficerDirectory;
  question: string;
  onQuestionChange: (question: string) => void;
  onBrowse: () => void;
  serviceOf: ServiceLookup;
}

/** "Who do I contact about…?": from a problem in the member's words to the service, its guidance and its CLOs. */
export function ServiceFinder(props: IServiceFinderProps): JSX.Element {
  const { directory, question } = props;
  const answers = useServiceAnswers(directory, question);
  const asked = question.trim() !== '';
  const countText = formatPlural(answers.length, pluralForms(strings, 'ServicesMatch'));

  return (
    <>
      <div role="search" className={classes.controls} aria-label={strings.TabAsk}>
        <p className={classes.intro}>{strings.AskIntro}</p>
        <SearchInput
          ariaLabel={strings.AskLabel}
          placeholder={strings.AskPlaceholder}
          value={question}
          onChange={props.onQuestionChange}
        />
      </div>

      {asked ? (
        <>
          <h3 className={classes.resultsHeading}>{countText}</h3>
          <LiveAnnouncement message={countText} />
        </>
      ) : null}

      {asked && answers.length === 0 ? (
        <EmptyState
          heading={formatText(strings.AskNoResultsHeading, question.trim())}
          message={strings.AskNoResultsMessage}
          actionLabel={strings.BrowseServicesButton}
          onAction={props.onBrowse}
        />
      ) : null}

      {answers.length > 0 ? (
        <ul className={classes.answers} aria-label={strings.AnswersLabel}>
          {answers.map((answer) => (
            <li key={answer.service.id}>
              <ServiceAnswer
                service={answer.service}
                liaisonOfficers={answer.liaisonOfficers}
                phoneHref={answer.phoneHref}
                headingLevel={4}
                serviceOf={props.serviceOf}
                profileHref={props.profileHref}
                onOpenProfile={props.onOpenProfile}
                serviceOfficersHref={props.serviceOfficersHref}
                onShowServiceOfficers={props.onShowServiceOfficers}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
