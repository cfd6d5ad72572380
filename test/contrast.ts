// WCAG contrast, shared by the accessibility tests (in the browser and on our own CSS).

/** WCAG contrast ratio of two CSS colours (rgb/rgba; a translucent one is laid over `under`). */
export function contrast(colour: string, background: string): number {
  const parse = (text: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (text.match(/[\d.]+/g) ?? []).map(Number);
    return { r, g, b, a };
  };
  const bg = parse(background);
  const fg = parse(colour);
  const mix = (f: number, b: number) => fg.a * f + (1 - fg.a) * b;
  const luminance = (r: number, g: number, b: number) => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const lf = luminance(mix(fg.r, bg.r), mix(fg.g, bg.g), mix(fg.b, bg.b));
  const lb = luminance(bg.r, bg.g, bg.b);
  return (Math.max(lf, lb) + 0.05) / (Math.min(lf, lb) + 0.05);
}
