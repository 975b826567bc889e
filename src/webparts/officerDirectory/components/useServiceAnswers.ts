import * as React from 'react';
import type { IOfficerDirectory, IService } from '../../../model/Officer';
import { IServiceAnswer, serviceAnswer, whoToContact } from '../../../model/whoToContact';

/** "Who do I contact about…?": the services that deal with the question, best first. */
export function useServiceAnswers(directory: IOfficerDirectory, question: string): readonly IServiceAnswer[] {
  return React.useMemo(() => whoToContact(directory, question), [directory, question]);
}

/** One service's answer (guidance, contact details, CLOs), for browsing. */
export function useServiceAnswer(directory: IOfficerDirectory, service: IService | undefined): IServiceAnswer | undefined {
  return React.useMemo(() => (service ? serviceAnswer(directory, service) : undefined), [directory, service]);
}
