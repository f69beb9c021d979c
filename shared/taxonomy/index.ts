export { DEFAULT_THEMES } from './themes';
export { assignThemes, rankThemes, type ThemeEvidence } from './rules';
