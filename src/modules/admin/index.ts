import type { Module } from "../../lib/http.js";

export const adminModule: Module = {
  name: "admin",
};
