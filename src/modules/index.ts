import type { Module } from "../lib/module.js";
import { accountsModule } from "./accounts/index.js";
import { adminModule } from "./admin/index.js";
import { apiModule } from "./api/index.js";
import { auditModule } from "./audit/index.js";
import { backupModule } from "./backup/index.js";
import { directoryModule } from "./directory/index.js";
import { filesModule } from "./files/index.js";
import { homeModule } from "./home/index.js";
import { mailModule } from "./mail/index.js";
import { searchModule } from "./search/index.js";

/** Every feature, in dependency order: demo data is seeded in this order. */
export const modules: Module[] = [
  mailModule,
  searchModule,
  accountsModule,
  auditModule,
  filesModule,
  homeModule,
  directoryModule,
  adminModule,
  apiModule,
  backupModule,
];
