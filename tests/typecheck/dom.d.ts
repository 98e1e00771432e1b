// Declarations written by hand for the type check (jsconfig.json); no page loads this file.

interface Element {
  /**
   * The platform writes any value as text, and the views hand it numbers (SVG coordinates
   * and sizes) as they are.
   */
  setAttribute(qualifiedName: string, value: string | number): void;
}
