#!/usr/bin/env node
// Entry point of the `careerpath` bin.
import { runBin } from "./cli/main.js";

void runBin(process.argv.slice(2));
