import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { visuallyHidden } from './styles';

const hidden = mergeStyles(visuallyHidden);

export interface ILiveAnnouncementProps {
  /** Text a screen reader reads out politely whenever it changes. */
  message: string;
  /**
   * Waits for the message to settle this long before announcing it, so typing a search
   * announces the final count once rather than a count per keystroke.
   */
  settleMs?: number;
}

/** A polite live region for changes people cannot see happen, such as result counts. */
export function LiveAnnouncement(props: ILiveAnnouncementProps): JSX.Element {
  const { message, settleMs = 600 } = props;
  const [announced, setAnnounced] = React.useState(message);
  React.useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(message), settleMs);
    return (): void => window.clearTimeout(timer);
  }, [message, settleMs]);
  return (
    <div className={hidden} role="status" aria-live="polite" aria-atomic="true">
      {announced}
    </div>
  );
}
