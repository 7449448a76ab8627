#!/usr/bin/env node
// Entry point of the `careerpath` bin.
import { main } from "./cli/main.js";

process.exitCode = main(process.argv.slice(2));
