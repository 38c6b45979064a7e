// The speakers' palette (protocol/palette.ts) is told apart by colour-blind readers: every two colours
// differ by a CIEDE2000 ΔE of 10 or more with normal vision and as protanopia, deuteranopia and
// tritanopia show them (Machado, Oliveira and Fernandes 2009, severity 1, applied to linear sRGB). The
// old palette (VS Code's chart colours: orange #d18616, yellow #bf8803 and red #e51400) is the case
// this guards against: its orange and yellow were 0.7 apart to a protanope.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SPEAKER_PALETTE, speakerColourClass } from '../../protocol';

type Vec = [number, number, number];
type Matrix = [Vec, Vec, Vec];

const VISIONS: Record<string, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function linear(hex: string): Vec {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Vec;
}

/** CIELAB (D65) of linear sRGB, clipped to the gamut as a screen shows it. */
function lab(rgb: Vec): Vec {
  const [r, g, b] = rgb.map((c) => Math.min(1, Math.max(0, c)));
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function seen(hex: string, m: Matrix): Vec {
  const c = linear(hex);
  return lab(m.map((row) => row[0] * c[0] + row[1] * c[1] + row[2] * c[2]) as Vec);
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** CIEDE2000 (Sharma, Wu and Dalal 2005). */
function deltaE2000([l1, a1, b1]: Vec, [l2, a2, b2]: Vec): number {
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const [a1p, a2p] = [(1 + g) * a1, (1 + g) * a2];
  const [c1, c2] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)];
  const hue = (b: number, a: number) => ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
  const [h1, h2] = [hue(b1, a1p), hue(b2, a2p)];
  let dh = h2 - h1;
  if (c1 * c2 === 0) dh = 0;
  else if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin(rad(dh / 2));
  const lBar = (l1 + l2) / 2;
  const cBarP = (c1 + c2) / 2;
  let hBar = h1 + h2;
  if (c1 * c2 !== 0) hBar = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  const t = 1 - 0.17 * Math.cos(rad(hBar - 30)) + 0.24 * Math.cos(rad(2 * hBar)) + 0.32 * Math.cos(rad(3 * hBar + 6)) - 0.2 * Math.cos(rad(4 * hBar - 63));
  const dTheta = 30 * Math.exp(-(((hBar - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cBarP;
  const sh = 1 + 0.015 * cBarP * t;
  const rt = -Math.sin(rad(2 * dTheta)) * rc;
  const [dl, dc, dhh] = [(l2 - l1) / sl, (c2 - c1) / sc, dH / sh];
  return Math.sqrt(dl ** 2 + dc ** 2 + dhh ** 2 + rt * dc * dhh);
}

/** The closest two colours of `palette` as `vision` shows them. */
function closest(palette: readonly string[], vision: Matrix): { deltaE: number; pair: string } {
  let best = { deltaE: Infinity, pair: '' };
  for (let i = 0; i < palette.length; i++) {
    for (let j = i + 1; j < palette.length; j++) {
      const deltaE = deltaE2000(seen(palette[i], vision), seen(palette[j], vision));
      if (deltaE < best.deltaE) best = { deltaE, pair: `${palette[i]} ${palette[j]}` };
    }
  }
  return best;
}

/** WCAG's contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = linear(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('the speakers’ palette', () => {
  const colours = SPEAKER_PALETTE.map((c) => c.colour);

  test('Okabe–Ito’s seven colours, as #RRGGBB, each once', () => {
    assert.deepEqual(colours, ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442']);
    assert.equal(new Set(colours).size, colours.length);
  });

  for (const [vision, matrix] of Object.entries(VISIONS)) {
    test(`every two colours are ΔE2000 ≥ 10 apart with ${vision}`, () => {
      const { deltaE, pair } = closest(colours, matrix);
      assert.ok(deltaE >= 10, `${pair}: ΔE2000 ${deltaE.toFixed(1)}`);
    });
  }

  test('the measure fails the old palette: orange and yellow were one colour to a protanope', () => {
    const old = ['#1a85ff', '#d18616', '#388a34', '#652d90', '#e51400', '#bf8803', '#0598bc', '#bc05bc', '#14ce14', '#0451a5'];
    const { deltaE, pair } = closest(old, VISIONS.protanopia);
    assert.equal(pair, '#d18616 #bf8803');
    assert.ok(deltaE < 1, deltaE.toFixed(2));
  });

  test('every colour stands out from Dark Modern’s editor background by 3:1 (WCAG’s non-text contrast)', () => {
    for (const colour of colours) assert.ok(contrast(colour, '#1F1F1F') >= 3, `${colour}: ${contrast(colour, '#1F1F1F').toFixed(2)}`);
  });

  test('on Light Modern’s white, the three light colours fall under 3:1: the views outline them (statistics.css)', () => {
    assert.deepEqual(
      colours.filter((c) => contrast(c, '#FFFFFF') < 3),
      ['#E69F00', '#56B4E9', '#F0E442'],
    );
  });

  test('speakers past the palette share the "other" class', () => {
    assert.deepEqual([0, 6, 7, -1].map(speakerColourClass), ['sp0', 'sp6', 'sp-other', 'sp-other']);
  });
});
