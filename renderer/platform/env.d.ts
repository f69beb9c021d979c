interface ImportMetaEnv {
  /** The package version, defined at build time (electron.vite.config.ts). */
  readonly APP_VERSION?: string;
}
