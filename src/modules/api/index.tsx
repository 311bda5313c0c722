import type { Module } from "../../lib/http.js";

export const apiModule: Module = {
  name: "api",
};
