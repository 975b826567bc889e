import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { visuallyHidden } from './styles';

const hidden = mergeStyles(visuallyHidden);

export interface ILiveAnnouncementProps {
  /** Text a screen reader reads out politely whenever it changes. */
  message: string;
}

/** A polite live region for changes people cannot see happen, such as result counts. */
export function LiveAnnouncement(props: ILiveAnnouncementProps): JSX.Element {
  return (
    <div className={hidden} role="status" aria-live="polite" aria-atomic="true">
      {props.message}
    </div>
  );
}
