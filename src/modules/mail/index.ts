import type { Module } from "../../lib/http.js";

export const mailModule: Module = {
  name: "mail",
};
