// Validates Kubernetes manifests against Kubernetes' OpenAPI schema, through the kubernetes-models classes.
// Usage: node validate-k8s.mjs FILE.yaml...   Exit 0 valid, 1 invalid, 2 bad usage.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";

const kinds = {
  "apps/v1/Deployment": Deployment,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
};

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: validate-k8s.mjs FILE.yaml...");
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  const documents = parseAllDocuments(readFileSync(file, "utf8"));
  for (const document of documents) {
    if (document.errors.length > 0) {
      console.error(`${file}: YAML error: ${document.errors[0].message}`);
      failed++;
      continue;
    }
    const object = document.toJS();
    const key = `${object.apiVersion}/${object.kind}`;
    const Model = kinds[key];
    if (!Model) {
      console.error(`${file}: no schema for ${key} (known: ${Object.keys(kinds).join(", ")})`);
      failed++;
      continue;
    }
    try {
      new Model(object).validate();
      console.log(`${file}: ${key} valid`);
    } catch (error) {
      console.error(`${file}: ${key} invalid: ${error.message}`);
      failed++;
    }
  }
}
process.exit(failed === 0 ? 0 : 1);
