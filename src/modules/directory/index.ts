import type { Module } from "../../lib/http.js";

export const directoryModule: Module = {
  name: "directory",
};
