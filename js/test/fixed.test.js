// Exact decimals: properties over random values of the whole i128 / u128 range, and the inputs
// that must be refused rather than rounded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DecimalError, ONE, formatAllo, formatDecimal, formatFixed, groupThousands, parseAllo, parseDecimal,
  parseFixed, roundDecimal,
} from '@allora-polkadot/api';

const I128_MIN = -(1n << 127n);
const I128_MAX = (1n << 127n) - 1n;
const U128_MAX = (1n << 128n) - 1n;

/** A deterministic generator (xorshift64*): the same cases on every run. */
function rng(seed = 0x2545f4914f6cdd1dn) {
  let s = seed;
  const mask = (1n << 64n) - 1n;
  const next = () => {
    s ^= s >> 12n; s ^= (s << 25n) & mask; s ^= s >> 27n;
    return (s * 0x2545f4914f6cdd1dn) & mask;
  };
  return {
    /** A bigint of `bits` random bits. */
    bits(bits) { let v = 0n; for (let b = 0; b < bits; b += 64) v = (v << 64n) | next(); return v & ((1n << BigInt(bits)) - 1n); },
    /** An i128 whose magnitude has a random bit length, so that small and large values both occur. */
    i128() {
      const len = Number(next() % 128n);
      const v = this.bits(Math.max(len, 1));
      return next() & 1n ? -v : v;
    },
    int(n) { return Number(next() % BigInt(n)); },
  };
}

/** The reference: the decimal expansion of raw / 10^18 by long division, digit by digit. */
function referenceDecimal(raw) {
  const neg = raw < 0n;
  let m = neg ? -raw : raw;
  const whole = m / ONE;
  m %= ONE;
  let fraction = '';
  while (m > 0n) { m *= 10n; fraction += String(m / ONE); m %= ONE; }
  return `${neg && (whole > 0n || fraction) ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

test('formatFixed is the exact decimal expansion, and parseFixed inverts it, over the i128 range', () => {
  const r = rng();
  const cases = [0n, 1n, -1n, ONE, -ONE, I128_MIN, I128_MAX, ...Array.from({ length: 5000 }, () => r.i128())];
  for (const raw of cases) {
    const text = formatFixed(raw);
    assert.equal(text, referenceDecimal(raw), `raw ${raw}`);
    assert.equal(parseFixed(text), raw, text);
  }
});

test('parseDecimal reads every spelling of a value with at most 18 decimals to the same integer', () => {
  const r = rng(7n);
  for (let i = 0; i < 3000; i += 1) {
    const raw = r.i128() / 10n ** BigInt(r.int(19));
    const canonical = formatFixed(raw);
    const [whole, fraction = ''] = canonical.replace('-', '').split('.');
    const sign = raw < 0n ? '-' : (r.int(2) ? '+' : '');
    // Leading zeros on the whole part, trailing zeros on the fraction, up to 18 digits.
    const padded = `${sign}${'0'.repeat(r.int(3))}${whole}${fraction || r.int(2) ? `.${fraction.padEnd(fraction.length + r.int(19 - fraction.length), '0')}` : ''}`;
    const spelled = padded.endsWith('.') ? padded.slice(0, -1) : padded;
    assert.equal(parseFixed(spelled), raw, spelled);
  }
});

test('inputs that would lose a digit or are not decimals are refused with the reason', () => {
  assert.throws(() => parseFixed('0.0000000000000000001'), /at most 18 digits after the point/);
  assert.throws(() => parseAllo('1.0000000000000000001'), DecimalError);
  for (const bad of ['', '.5', '1.', '1e3', '1,5', ' 1', '1 000', '0x10', 'NaN', '--1', 'Infinity']) {
    assert.throws(() => parseDecimal(bad), /not a decimal number/, JSON.stringify(bad));
  }
  assert.throws(() => parseAllo('-1'), /cannot be negative/);
  assert.throws(() => parseFixed(formatDecimal(I128_MAX + 1n)), /outside the range of a Fixed/);
  assert.throws(() => parseFixed(formatDecimal(I128_MIN - 1n)), /outside the range of a Fixed/);
  assert.equal(parseFixed(formatDecimal(I128_MIN)), I128_MIN);
  assert.throws(() => parseAllo(formatAllo(U128_MAX + 1n)), /outside the range of an amount/);
  assert.equal(parseAllo(formatAllo(U128_MAX)), U128_MAX);
  assert.throws(() => formatAllo('12.5'), /not an integer/);
});

test('ALLO amounts: the RPC\'s decimal strings of the smallest unit read exactly', () => {
  assert.equal(formatAllo('1000000000000000000000'), '1000');
  assert.equal(formatAllo('1000500000000000000000'), '1000.5');
  assert.equal(formatAllo('1'), '0.000000000000000001');
  assert.equal(parseAllo('1000.5'), 1000500000000000000000n);
});

test('roundDecimal rounds half away from zero to the places asked, over random values', () => {
  const r = rng(11n);
  for (let i = 0; i < 3000; i += 1) {
    const raw = r.i128();
    const places = r.int(19);
    const unit = 10n ** BigInt(18 - places);
    const mag = raw < 0n ? -raw : raw;
    const q = mag / unit;
    const rem = mag % unit;
    const roundedMag = rem * 2n >= unit ? q + 1n : q;
    const expected = roundedMag === 0n ? 0n : (raw < 0n ? -roundedMag : roundedMag);
    const text = roundDecimal(raw, places);
    assert.equal(text.split('.')[1]?.length ?? 0, places, text);
    assert.equal(parseDecimal(text, 18), expected * unit, `${raw} to ${places}: ${text}`);
  }
  assert.equal(roundDecimal(parseFixed('2.5'), 0), '3');
  assert.equal(roundDecimal(parseFixed('-2.5'), 0), '-3');
  assert.equal(roundDecimal(parseFixed('-0.0004'), 3), '0.000');
  assert.equal(roundDecimal('1999999999999999999', 2), '2.00');
  assert.throws(() => roundDecimal(1n, 19), RangeError);
});

test('groupThousands groups the whole part only', () => {
  assert.equal(groupThousands('1234567.891234', ' '), '1 234 567.891234');
  assert.equal(groupThousands('-1000', ' '), '-1 000');
  assert.equal(groupThousands('999', ' '), '999');
  assert.equal(formatDecimal(-5n, 1), '-0.5');
});
