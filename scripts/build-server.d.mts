// Types for the TypeScript that imports the build (the end-to-end tests build the server they start).
export declare const serverEntry: string;
export declare function serverBuildIsCurrent(): boolean;
export declare function buildServer(): Promise<void>;
