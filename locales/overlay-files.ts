// The locale files the overlay on the console uses (no imports: wxt.config.ts reads it at build time).
export const OVERLAY_FILES = ['checks', 'console-messages', 'email-code', 'fields', 'guide', 'guide-console', 'guide-verify', 'page-texts', 'presenter'];
