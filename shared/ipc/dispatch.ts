import { formatIssues } from '../domain/zod-issues';
import { err, ok, WijkwebError, type Result } from '../result';
import { isChannel, type Channel } from './channels';
import { contract, type Out, type Parsed } from './contract';
import { MAX_INPUT_DEPTH, nestsDeeperThan } from './json-depth';

/** Who is calling: used by handlers that answer per window. */
export interface CallContext {
  readonly origin: 'ipc' | 'http';
}

/** The implementation of every channel; main and the bridge both serve exactly this table. */
export type Handlers = {
  readonly [C in Channel]: (input: Parsed<C>, ctx: CallContext) => Promise<Out<C>> | Out<C>;
};

/**
 * Validates a call against the contract, runs its handler and wraps the outcome as a Result.
 * Unknown channels, invalid input and thrown errors all become failed Results; this never throws.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
  ctx: CallContext,
  onInternalError: (error: unknown) => void = () => undefined,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return err('not-found', `Onbekend kanaal "${channel}".`);
  if (nestsDeeperThan(rawInput, MAX_INPUT_DEPTH)) {
    return err('invalid-input', `De aanvraag aan "${channel}" is te diep genest (meer dan ${MAX_INPUT_DEPTH} niveaus) en is geweigerd.`);
  }
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return err('invalid-input', 'De gegevens kloppen niet.', formatIssues(parsed.error));
  }
  try {
    // The input was parsed with this very channel's schema, so it matches the handler's parameter.
    const handler = handlers[channel] as (input: unknown, ctx: CallContext) => Promise<unknown> | unknown;
    return ok(await handler(parsed.data, ctx));
  } catch (error) {
    if (error instanceof WijkwebError) return { ok: false, error: error.toAppError() };
    onInternalError(error);
    return err('internal', 'Er ging iets mis in Wijkweb. Probeer het opnieuw; je gegevens zijn niet gewijzigd.');
  }
}
