import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Fluent's dark theme when Office paints the pane dark, else the light one. */
export function themeFor(office: { bodyBackgroundColor?: string } | null): Theme {
  const background = office?.bodyBackgroundColor;
  return background && isDark(background) ? webDarkTheme : webLightTheme;
}

function isDark(color: string): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!match) {
    return false;
  }
  const value = Number.parseInt(match[1], 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  // Relative luminance, roughly: below the middle grey counts as dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
