/** What one kind of upload accepts: its types (read from the bytes), its size, the widths it is shown at. */
export interface ImageUse {
  /** The folder its files go to: "logos". */
  name: string;
  /** Content types allowed, as file-type names them from the bytes. SVG never: it can carry scripts. */
  types: readonly string[];
  maxBytes: number;
  /** Widths of the WebP copies made for `srcset`; an image narrower than one is not enlarged. */
  widths: readonly number[];
}

/** A stored image: its original and its WebP copies, each with the size it is shown at. */
export interface StoredImage {
  original: string;
  variants: { key: string; width: number; height: number }[];
}

/** The pictures a site accepts from people: the formats every browser shows. */
export const pictureTypes = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;

/** A network's logo: up to 5 MB, shown 160 to 640 pixels wide. */
export const logoUse: ImageUse = {
  name: "logos",
  types: pictureTypes,
  maxBytes: 5 * 1024 * 1024,
  widths: [160, 320, 640],
};
