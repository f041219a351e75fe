/** A Canvas-style path (moveTo, lineTo, curves, rounded rectangles) kept as SVG path data. */

const num = (n: number): string => {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

export class PathText {
  private parts: string[] = [];

  clear(): void {
    this.parts = [];
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  moveTo(x: number, y: number): void {
    this.parts.push(`M${num(x)} ${num(y)}`);
  }

  lineTo(x: number, y: number): void {
    this.parts.push(`L${num(x)} ${num(y)}`);
  }

  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    this.parts.push(`C${num(c1x)} ${num(c1y)} ${num(c2x)} ${num(c2y)} ${num(x)} ${num(y)}`);
  }

  closePath(): void {
    this.parts.push('Z');
  }

  /** A closed rectangle with rounded corners (the radius clamped to half the shorter side). */
  roundRect(x: number, y: number, width: number, height: number, radius: number): void {
    const r = Math.max(0, Math.min(radius, width / 2, height / 2));
    if (r === 0) {
      this.parts.push(`M${num(x)} ${num(y)}h${num(width)}v${num(height)}h${num(-width)}Z`);
      return;
    }
    const arc = (dx: number, dy: number): string =>
      `a${num(r)} ${num(r)} 0 0 1 ${num(dx)} ${num(dy)}`;
    this.parts.push(
      `M${num(x + r)} ${num(y)}h${num(width - 2 * r)}${arc(r, r)}v${num(height - 2 * r)}${arc(-r, r)}` +
        `h${num(2 * r - width)}${arc(-r, -r)}v${num(2 * r - height)}${arc(r, -r)}Z`,
    );
  }

  toString(): string {
    return this.parts.join('');
  }
}

export { num as formatCoordinate };
