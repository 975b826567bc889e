/**
 * Scripts the bench runs inside the page (serialised by playwright, so each is self-contained):
 * when the first meaningful content and the interactive state appeared, and keystroke latency.
 */

export interface IReadinessMarks {
  /** ms since navigation start; undefined until seen. */
  firstContent?: number;
  interactive?: number;
}

export interface IKeystrokeSample {
  /** keydown → the input event handled (React 17 renders a discrete event's update synchronously inside it). */
  readonly handledMs: number;
  /** keydown → the DOM shows the results (the search and React's render, synchronous or not). */
  readonly workMs: number;
  /** keydown → the end of the first frame after that: when the results are on screen. */
  readonly paintMs: number;
}

export interface IReadinessProbeOptions {
  /** Accessible name of the view's search box, when it has one. */
  readonly searchLabel: string | null;
  /** CSS selector of the view's first content: <article> (member card, officer result, briefing item) unless given. */
  readonly contentSelector?: string;
}

/**
 * Init script: watches the DOM from the start of the page. First content: the first element matching the
 * view's content selector (an <article> unless the view says: a row of the enquiry queue, an enquiry in a member's
 * list). Interactive: that, plus the search box (when the view has one) enabled and no loading spinner left.
 */
export function installReadinessProbe(options: IReadinessProbeOptions): void {
  const { searchLabel } = options;
  const contentSelector = options.contentSelector ?? 'article';
  const marks: IReadinessMarks = {};
  (window as unknown as { __benchMarks: IReadinessMarks }).__benchMarks = marks;
  const check = (): void => {
    const article = document.querySelector(contentSelector);
    if (article && marks.firstContent === undefined) marks.firstContent = performance.now();
    if (!article || marks.interactive !== undefined) return;
    const search = searchLabel ? document.querySelector<HTMLInputElement>(`input[aria-label="${searchLabel}"]`) : null;
    const searchReady = searchLabel === null || (search !== null && !search.disabled);
    const loading = document.querySelector('.ms-Spinner, [role="progressbar"]') !== null;
    if (searchReady && !loading) marks.interactive = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

interface IKeystrokeProbe {
  settle(): Promise<IKeystrokeSample | null>;
}

/**
 * Installs keystroke timing: the keydown's own timestamp, the end of the input event's handling
 * (a document listener runs after React's root listener), the last change of the results in the DOM,
 * and frame ends recorded continuously (requestAnimationFrame, then a message: after the frame's paint work).
 */
export function installKeystrokeProbe(): void {
  const state = { keydown: 0, inputHandled: 0, lastMutation: 0, frameEnds: [] as number[] };
  const root = document.getElementById('preview-root') ?? document.body;
  // Results are rows and text coming and going. Not results: live regions announcing the count after
  // the typing settles (a deliberate delay), photos finishing loading, attribute-only changes (hover, focus).
  const isResultChange = (record: MutationRecord): boolean => {
    if (record.type === 'attributes') return false;
    const element = record.target instanceof Element ? record.target : record.target.parentElement;
    return !element?.closest('[aria-live], .ms-Image, .ms-Persona-coin');
  };
  new MutationObserver((records) => {
    if (records.some(isResultChange)) state.lastMutation = performance.now();
  }).observe(root, { subtree: true, childList: true, characterData: true });
  document.addEventListener('keydown', (event) => {
    state.keydown = event.timeStamp;
    state.inputHandled = 0;
  }, true);
  document.addEventListener('input', () => {
    state.inputHandled = performance.now();
  });
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    state.frameEnds.push(performance.now());
    if (state.frameEnds.length > 600) state.frameEnds.splice(0, 300);
  };
  const onFrame = (): void => {
    channel.port2.postMessage(0);
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  const nextFrameEnd = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  const probe: IKeystrokeProbe = {
    async settle() {
      // Until a whole frame passes without a DOM change (asynchronous renders finish too).
      for (let frames = 0; frames < 120; frames++) {
        const seen = state.lastMutation;
        await nextFrameEnd();
        await nextFrameEnd();
        if (seen === state.lastMutation) break;
      }
      const keydown = state.keydown;
      if (keydown === 0) return null;
      const done = Math.max(state.inputHandled, state.lastMutation >= keydown ? state.lastMutation : 0);
      const painted = state.frameEnds.find((end) => end >= done);
      state.keydown = 0;
      if (done === 0 || painted === undefined) return null;
      return { handledMs: (state.inputHandled || done) - keydown, workMs: done - keydown, paintMs: painted - keydown };
    }
  };
  (window as unknown as { __benchKeys: IKeystrokeProbe }).__benchKeys = probe;
}

/**
 * The script text that runs `probe(arg)` in the page. tsx (esbuild, keepNames) wraps named functions
 * in `__name(...)`, a helper only the Node side has, so the page gets a stand-in.
 */
export function pageScript<TArg>(probe: (arg: TArg) => unknown, arg: TArg): string {
  return `(() => { const __name = (target) => target; return (${probe.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
}
