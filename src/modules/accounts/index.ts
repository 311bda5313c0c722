import type { Module } from "../../lib/http.js";

export const accountsModule: Module = {
  name: "accounts",
};
