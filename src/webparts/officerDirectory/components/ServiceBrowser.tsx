import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IOfficerDirectory } from '../../../model/Officer';
import { servicesByDirectorate } from '../../../model/servicesByDirectorate';
import { formatText } from '../../../ui/formatText';
import { InPlaceLink } from '../../../ui/InPlaceLink';
import { minimumTarget } from '../../../ui/styles';
import { richTextLink } from '../../../ui/richTextLink';
import { IServiceAnswerLinks, ServiceAnswer } from './ServiceAnswer';
import { useServiceAnswer } from './useServiceAnswers';
import type { ServiceLookup } from './useServiceLookup';

export interface IServiceBrowserProps extends IServiceAnswerLinks {
  directory: IOfficerDirectory;
  /** The open service; undefined shows every directorate and its services. */
  serviceId: number | undefined;
  onServiceChange: (serviceId: number | undefined) => void;
  serviceHref: (serviceId: number | undefined) => string;
  serviceOf: ServiceLookup;
}

/** Every service by directorate; choosing one shows how to contact it and its CLOs. */
export function ServiceBrowser(props: IServiceBrowserProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        intro: { margin: '0 0 12px' },
        directorates: { display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))' },
        directorate: { margin: '0 0 4px', fontSize: 16, fontWeight: 600 },
        services: { margin: 0, paddingLeft: 20 },
        link: { ...richTextLink(theme), ...minimumTarget, display: 'inline-block' },
        back: { margin: '0 0 12px' }
      }),
    [theme]
  );
  const { directory, serviceId } = props;
  const groups = React.useMemo(() => servicesByDirectorate(directory.services), [directory]);
  const service = props.serviceOf(serviceId);
  const answer = useServiceAnswer(directory, service);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const previousServiceId = React.useRef(serviceId);

  React.useEffect(() => {
    // Keyboard and screen-reader users land on what they opened, and back on the service they left.
    const previous = previousServiceId.current;
    previousServiceId.current = serviceId;
    if (previous === serviceId) return;
    const target =
      serviceId !== undefined
        ? rootRef.current?.querySelector<HTMLElement>('h3')
        : rootRef.current?.querySelector<HTMLElement>(`[data-service-id="${previous}"] a`);
    if (!target) return;
    if (serviceId !== undefined) target.tabIndex = -1;
    target.focus();
  }, [serviceId]);

  if (serviceId !== undefined) {
    return (
      <div ref={rootRef}>
        <p className={classes.back}>
          <InPlaceLink className={classes.link} href={props.serviceHref(undefined)} onOpen={() => props.onServiceChange(undefined)}>
            {strings.BackToServices}
          </InPlaceLink>
        </p>
        {answer ? (
          <ServiceAnswer
            service={answer.service}
            liaisonOfficers={answer.liaisonOfficers}
            phoneHref={answer.phoneHref}
            headingLevel={3}
            serviceOf={props.serviceOf}
            profileHref={props.profileHref}
            onOpenProfile={props.onOpenProfile}
            serviceOfficersHref={props.serviceOfficersHref}
            onShowServiceOfficers={props.onShowServiceOfficers}
          />
        ) : (
          <p>{strings.ServiceNotFound}</p>
        )}
      </div>
    );
  }

  return (
    <div ref={rootRef}>
      <p className={classes.intro}>{strings.BrowseIntro}</p>
      <div className={classes.directorates}>
        {groups.map((group) => {
          const name = group.directorate || strings.NoDirectorate;
          return (
            <section key={group.directorate} aria-label={formatText(strings.ServicesInDirectorate, name)}>
              <h3 className={classes.directorate}>{name}</h3>
              <ul className={classes.services}>
                {group.services.map((item) => (
                  <li key={item.id} data-service-id={item.id}>
                    <InPlaceLink className={classes.link} href={props.serviceHref(item.id)} onOpen={() => props.onServiceChange(item.id)}>
                      {item.name}
                    </InPlaceLink>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
