// Types for make-icons.mjs.
export declare const ICON_SIZES: number[];
export declare function renderIcon(size: number): Buffer;
export declare function encodePng(width: number, height: number, rgba: Buffer): Buffer;
