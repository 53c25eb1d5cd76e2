/**
 * Exact decimal numbers of the chain: 18-decimal fixed-point values (`Fixed`, a raw `i128`) and
 * token amounts (ALLO, 18 decimals, a raw `u128` in the smallest unit).
 *
 * Everything here is `bigint` and string arithmetic: no `Number`, no floats, no rounding unless a
 * function says so. A string that would lose a digit is refused with a {@link DecimalError}.
 */

/** Decimal places of `Fixed` values and of ALLO amounts. */
export const DECIMALS = 18;
/** `1` as a raw 18-decimal integer (also 1 ALLO in the smallest unit). */
export const ONE = 10n ** 18n;
/** The token's symbol. */
export const ALLO = 'ALLO';

const I128_MIN = -(1n << 127n);
const I128_MAX = (1n << 127n) - 1n;
const U128_MAX = (1n << 128n) - 1n;

/** A string that is not an exact decimal of the expected kind; `input` is the string refused. */
export class DecimalError extends Error {
  constructor(readonly input: string, reason: string) {
    super(`${JSON.stringify(input)}: ${reason}`);
    this.name = 'DecimalError';
  }
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string (`"3001.5"`, `"-0.25"`, `"12"`) into its raw integer with `decimals`
 * places, exactly. Refused: more than `decimals` fractional digits, exponents, empty parts
 * (`".5"`, `"1."`), separators, whitespace.
 */
export function parseDecimal(input: string, decimals: number = DECIMALS): bigint {
  const m = DECIMAL.exec(input);
  if (!m) throw new DecimalError(input, 'not a decimal number (digits, an optional sign and fraction)');
  const [, sign, whole, fraction = ''] = m;
  if (fraction.length > decimals) {
    throw new DecimalError(input, `at most ${decimals} digits after the point`);
  }
  const raw = BigInt(whole + fraction.padEnd(decimals, '0'));
  return sign === '-' ? -raw : raw;
}

/**
 * The raw integer as the shortest exact decimal string: `3001500000000000000000n` → `"3001.5"`.
 * Accepts a `bigint` or a decimal integer string (the RPC's amounts).
 */
export function formatDecimal(raw: bigint | string, decimals: number = DECIMALS): string {
  const value = typeof raw === 'bigint' ? raw : parseInteger(raw);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * The raw integer rounded to `places` decimals, half away from zero, as a decimal string with
 * exactly `places` fractional digits: for display, where the exact value is one
 * {@link formatDecimal} away.
 */
export function roundDecimal(raw: bigint | string, places: number, decimals: number = DECIMALS): string {
  if (!Number.isInteger(places) || places < 0 || places > decimals) {
    throw new RangeError(`places must be an integer in 0..=${decimals}`);
  }
  const value = typeof raw === 'bigint' ? raw : parseInteger(raw);
  const negative = value < 0n;
  const unit = 10n ** BigInt(decimals - places);
  const magnitude = negative ? -value : value;
  const rounded = (magnitude + unit / 2n) / unit;
  const digits = rounded.toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  const sign = negative && rounded !== 0n ? '-' : '';
  return `${sign}${whole}${places > 0 ? `.${fraction}` : ''}`;
}

/** Groups a decimal string's whole part by thousands: `"1234567.5"` → `"1 234 567.5"` (thin spaces). */
export function groupThousands(decimal: string, separator = '\u202f'): string {
  const [whole, fraction] = decimal.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return `${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/** A `Fixed` value's decimal string (as the RPC gives it) to its raw `i128`, range-checked. */
export function parseFixed(input: string): bigint {
  const raw = parseDecimal(input);
  if (raw < I128_MIN || raw > I128_MAX) throw new DecimalError(input, 'outside the range of a Fixed (i128)');
  return raw;
}

/** A raw `Fixed` (`i128`, as @polkadot/api's `toBigInt()` gives it) to its exact decimal string. */
export function formatFixed(raw: bigint | string): string {
  return formatDecimal(raw);
}

/** An amount in ALLO (`"1000.5"`) to the smallest unit, exactly; negative amounts are refused. */
export function parseAllo(input: string): bigint {
  const raw = parseDecimal(input);
  if (raw < 0n) throw new DecimalError(input, 'an amount cannot be negative');
  if (raw > U128_MAX) throw new DecimalError(input, 'outside the range of an amount (u128)');
  return raw;
}

/** An amount in the smallest unit (a `bigint` or the RPC's decimal string) in ALLO, exactly. */
export function formatAllo(raw: bigint | string): string {
  return formatDecimal(raw);
}

function parseInteger(text: string): bigint {
  if (!/^-?\d+$/.test(text)) throw new DecimalError(text, 'not an integer');
  return BigInt(text);
}
