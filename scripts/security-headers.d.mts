// Types of scripts/security-headers.mjs, for the TypeScript tests and scripts that import it.
export declare const CONTENT_SECURITY_POLICY: string;
export declare const PERMISSIONS_POLICY: string;
export declare const securityHeaders: Readonly<Record<'Content-Security-Policy' | 'X-Content-Type-Options' | 'Referrer-Policy' | 'Permissions-Policy', string>>;
export declare const CACHE_CONTROL: Readonly<{ asset: string; other: string }>;
export declare const ERROR_PAGES_PATH: string;
export declare const MAX_URL_LENGTH: number;
export declare const inlineStyleSources: (html: string) => string[];
export declare const errorPagesPolicy: (styleSources: readonly string[]) => string;
export declare const errorPagesPolicyOf: (folder: string) => string;
