import type { Module } from "../../lib/module.js";
import { messages } from "./files.messages.js";
import { registerFileRoutes } from "./files.pages.js";

export { altFields, decorativeField, type ImageText, readImageText } from "./files.alt.js";
export { deleteImage } from "./files.images.js";
export { type ImageUpload, type ImageUploadOptions, receiveImage } from "./files.uploads.js";
export { type ImageUse, logoUse, pictureTypes, type StoredImage } from "./files.uses.js";
export { ImageFields } from "./views/ImageFields.js";

/** The public address of a stored file. */
export function fileUrl(key: string): string {
  return `/files/${key}`;
}

/** Uploads: files streamed to storage, checked by their bytes, pictures resized; served at /files/. */
export const filesModule: Module = {
  name: "files",
  messages,
  routes: registerFileRoutes,
};
