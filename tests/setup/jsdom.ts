// jsdom lacks fetch and the WHATWG stream/encoding globals PnPjs relies on; use Node's own.
import { TextDecoder, TextEncoder } from 'util';

const globals = globalThis as unknown as Record<string, unknown>;
if (typeof globals.TextEncoder === 'undefined') globals.TextEncoder = TextEncoder;
if (typeof globals.TextDecoder === 'undefined') globals.TextDecoder = TextDecoder;
