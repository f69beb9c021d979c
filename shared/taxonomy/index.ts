export { DEFAULT_THEMES } from './themes';
export { assignThemes } from './rules';
