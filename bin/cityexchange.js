#!/usr/bin/env node
// Runs the TypeScript CLI in this same process, compiled on the fly by tsx's loader, so the
// command works straight from a checkout.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
