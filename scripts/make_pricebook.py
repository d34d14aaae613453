#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds resources/pricebook/engram-pricebook.json from the checked cloud pricing reference. Every price is
# copied from the reference with its source; this script only selects, converts units and dates entries.
"""Generate the Engram price book from cloud-pricing-reference.json.

Usage: scripts/make_pricebook.py [--reference PATH] [--output PATH]

Decisions (each also in docs/price-book.md):
  * Families: general-purpose, memory-optimized and compute-optimized only. AWS i4i (storage optimized,
    local NVMe) is left out.
  * Memory: the reference's GiB (Google's "GB" is 2^30 bytes) times 2^30, rounded to a whole byte.
  * Storage and egress are per GiB (2^30 bytes), as the clouds bill them.
  * Block SSD: AWS gp3; GCP pd-balanced (the SSD class that, like gp3 and Azure Premium SSD, is the
    general-purpose default; pd-ssd is in the note); Azure Premium SSD P10 per-GiB value (billed per
    tier, see its caveat).
  * Dates: as_of is the oldest date the reference gives for the sources behind a value (a price is
    only as fresh as its stalest source). Where a source states only a year, January 1 of that year;
    every such case carries an as_of_note. The book's as_of is the oldest as_of in it.
  * Discounts: a worked example where the reference has one (AWS t3.medium RI, GCP n2/m3 CUD), else
    the "up to" maximum, marked basis "maximum". No Azure 1-year figure exists: fraction null.
"""

import argparse
import hashlib
import json
import os
import re
import sys

GIB = 1073741824
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_REFERENCE = os.path.join(REPO, "..", "shared", "data", "cloud-pricing-reference.json")
DEFAULT_OUTPUT = os.path.join(REPO, "resources", "pricebook", "engram-pricebook.json")

CATEGORIES = {
    "aws": {"m6i": "general", "r6i": "memory", "x2idn": "memory", "x2iedn": "memory", "c6i": "compute"},
    "gcp": {"n2-standard": "general", "n2-highmem": "memory", "m1": "memory", "m2": "memory", "m3": "memory",
            "c2-standard": "compute", "c3-standard": "compute"},
    "azure": {"Dsv5": "general", "Esv5": "memory", "Msv2": "memory", "Fsv2": "compute"},
}
EXCLUDED_FAMILIES = {"aws": {"i4i"}}

# Confidence of the instance sources, from the reference's source table.
INSTANCE_CONFIDENCE = {
    "karpenter-provider-aws": "high",
    "kubernetes/autoscaler": "medium-high",
    "Cyclenerd": "medium-high",
    "karpenter-provider-azure": "high",
}

STORAGE = {
    "aws": {"block": "EBS gp3 (storage)", "object": "S3 Standard (first 50 TB)"},
    "gcp": {"block": "pd-balanced (zonal)", "object": "Cloud Storage Standard (regional us-central1)"},
    "azure": {"block": "Premium SSD P10 (128 GiB, LRS)", "object": "Blob Storage Hot (LRS, first 50 TB)"},
}

ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
YEAR = re.compile(r"(?<![\d-])(20\d\d)(?![\d])")
MONTHS = {m: i + 1 for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}
GENERATED = re.compile(r"generated: \w{3} (\w{3}) +(\d{1,2}) [\d:]+ (\d{4})")


def iso_dates(text):
    dates = ["%s-%s-%s" % m for m in ISO_DATE.findall(text or "")]
    for month, day, year in GENERATED.findall(text or ""):
        dates.append("%s-%02d-%02d" % (year, MONTHS[month], int(day)))
    return dates


def date_of(*texts, year_note=None):
    """Oldest full date in the texts; else January 1 of the oldest year, with a note saying so."""
    dates = [d for t in texts for d in iso_dates(t)]
    if dates:
        return min(dates), None
    years = [y for t in texts for y in YEAR.findall(t or "")]
    if not years:
        raise SystemExit("no date in: %r" % (texts,))
    year = min(years)
    note = year_note or "The source gives only the year %s; dated January 1 so the age check errs early." % year
    return "%s-01-01" % year, note


def with_optional(entry, **fields):
    for key, value in fields.items():
        if value not in (None, ""):
            entry[key] = value
    return entry


def instance_confidence(source):
    for key, value in INSTANCE_CONFIDENCE.items():
        if key in source:
            return value
    raise SystemExit("no confidence for source %r" % source)


def instances(cloud, data):
    out = []
    for item in data["instances"]:
        family = item["family"]
        if family in EXCLUDED_FAMILIES.get(cloud, set()):
            continue
        category = CATEGORIES[cloud].get(family)
        if category is None:
            raise SystemExit("%s family %s has no category" % (cloud, family))
        source_date = item.get("source_date", "")
        if iso_dates(source_date):
            as_of, as_of_note = date_of(source_date)
        elif "2025-era" in item["source"]:
            as_of, _ = date_of(item["source"])
            as_of_note = ("The source gives no date (the autoscaler commit date is not exposed); the file lists "
                          "2025-era machine types, so it is from 2025 or later: dated %s, the earliest date "
                          "consistent with that, so the age check errs early." % as_of)
        else:
            raise SystemExit("%s %s: no date" % (cloud, item["name"]))
        bytes_exact = item["memory_gib"] * GIB
        memory_bytes = int(round(bytes_exact))
        note = item.get("notes")
        if memory_bytes != bytes_exact:
            note = ((note + " ") if note else "") + "Memory %s GiB rounded to a whole byte." % item["memory_gib"]
        alt = item.get("alt_sources") or []
        alt_text = "; ".join("%s: %s" % (a["value"], a["what"]) for a in alt)
        out.append(with_optional({
            "name": item["name"],
            "family": family,
            "category": category,
            "vcpus": item["vcpus"],
            "memory_bytes": memory_bytes,
            "usd_per_hour": item["usd_per_hour"],
            "source": item["source"],
            "as_of": as_of,
        }, as_of_note=as_of_note, confidence=instance_confidence(item["source"]), spec_source=item.get("spec_source"),
            note=note, alternatives=alt_text or None))
    return out


def storage_entry(cloud, data, role, extra_note=None):
    name = STORAGE[cloud][role]
    matches = [s for s in data["storage"] if s["name"] == name]
    if len(matches) != 1:
        raise SystemExit("%s %s storage %r not found once in the reference" % (cloud, role, name))
    item = matches[0]
    if item.get("usd_per_gb_month") is None:
        raise SystemExit("%s has no per-GB price" % name)
    as_of, as_of_note = date_of(item.get("source_date"))
    if as_of_note is not None and "preview" in (item.get("notes") or ""):
        as_of_note = ("The source is undated; the reference places it around 2023 (the copied Azure table still "
                      "marks the Cold tier as preview): dated %s so the age check errs early." % as_of)
    notes = [item.get("notes") or ""]
    for alt in item.get("alt_values") or []:
        notes.append("Alternative value %s: %s." % (alt["value"], alt["what"]))
    if extra_note:
        notes.append(extra_note)
    return with_optional({
        "product": name,
        "usd_per_gb_month": item["usd_per_gb_month"],
        "source": item["source"],
        "as_of": as_of,
    }, as_of_note=as_of_note, confidence=item.get("confidence"), note=" ".join(n for n in notes if n))


def egress_entry(cloud, data):
    as_of, as_of_note = date_of(data["egress_source"], data["egress_notes"])
    confidence = {"aws": "high", "gcp": "medium-high", "azure": "low-medium"}[cloud]
    product = {"aws": "Internet egress from us-east-1, first 10 TB/month tier",
               "gcp": "Premium Tier internet egress from us-central1, 0-1 TB/month tier",
               "azure": "Internet egress, 100 GB-10 TB/month tier"}[cloud]
    note = data["egress_notes"] + (" The cost model bills every GiB at this first-tier rate (an upper bound "
                                   "above the tier) and does not subtract free allowances.")
    if cloud == "azure":
        as_of_note = ("The third-party script states its egress rates were verified manually on 2026-07-10; "
                      "that is the date used.")
    return with_optional({
        "product": product,
        "usd_per_gb": data["egress_usd_per_gb"],
        "source": data["egress_source"] if cloud != "azure" else "third-party script pinned value for eastus "
                  "(reference: 'third-party, see egress_notes'); see note",
        "as_of": as_of,
    }, as_of_note=as_of_note, confidence=confidence, note=note)


def discount(fraction, basis, meaning, source, as_of, confidence, note=None, as_of_note=None, families=None):
    entry = {"fraction": fraction, "basis": basis, "meaning": meaning, "source": source, "as_of": as_of,
             "confidence": confidence}
    with_optional(entry, as_of_note=as_of_note, note=note)
    if families:
        entry["families"] = families
    return entry


def pct(value):
    return round(value / 100.0, 6)


def aws_discounts(d):
    ex = d["reserved_example_t3_medium_no_upfront_pct"]
    ex_date, _ = date_of(ex["source"])
    maxima = ("AWS also states maxima: Standard RIs up to %d%%, Convertible RIs up to %d%%, Compute Savings Plans up "
              "to %d%%, EC2 Instance Savings Plans up to %d%% (%s)." % (
                  d["reserved_instances_max"]["standard_ri_up_to_pct"],
                  d["reserved_instances_max"]["convertible_ri_up_to_pct"],
                  d["savings_plans_max"]["compute_sp_up_to_pct"], d["savings_plans_max"]["ec2_instance_sp_up_to_pct"],
                  d["savings_plans_max"]["source"]))
    example_note = ("Worked example, not m6i/r6i/c6i-specific (no size-specific RI prices were found): %s "
                    "Convertible RI example: %s%% (1 yr), %s%% (3 yr). %s" % (
                        ex["derivation"], ex["convertible_1yr"], ex["convertible_3yr"], maxima))
    if "mentions July 1 2024" not in d["spot"]["source"]:
        raise SystemExit("AWS spot source changed: check its date")
    spot_date = "2024-07-01"
    return {
        "one_year": discount(pct(ex["standard_1yr"]), "example",
                             "1-year Standard Reserved Instance, no upfront payment", ex["source"], ex_date,
                             "medium", example_note),
        "three_year": discount(pct(ex["standard_3yr"]), "example",
                               "3-year Standard Reserved Instance, no upfront payment", ex["source"], ex_date,
                               "medium", example_note),
        "spot": discount(pct(d["spot"]["up_to_pct"]), "maximum",
                         "Spot Instances: spare capacity AWS can reclaim; 'up to' figure, a best case",
                         d["spot"]["source"], spot_date, "medium",
                         "Only the maximum is known; actual spot discounts vary by type and over time.",
                         as_of_note="The page is undated but mentions a July 1 2024 change, so it is from that "
                                    "day or later; dated 2024-07-01, the earliest date consistent with that."),
    }


def gcp_discounts(d):
    one, three, spot = d["committed_use_1yr_pct"], d["committed_use_3yr_pct"], d["spot"]
    one_date, _ = date_of(one["source"])
    three_date, _ = date_of(three["source"])
    examples = ", ".join("%s %s%%" % (k, v) for k, v in spot["observed_examples_pct"].items())
    return {
        "one_year": discount(pct(one["n2 (general purpose)"]), "derived",
                             "1-year resource-based committed use discount", one["source"], one_date, "medium-high",
                             "Derivation: %s. The n2 figure applies to every family except m3 (memory-optimized), "
                             "which has its own. %s" % (one["derivation"], d["sustained_use_note"]),
                             families=[{"family": "m3", "fraction": pct(one["m3 (memory-optimized)"]),
                                        "note": "m3-megamem-64 derivation"}]),
        "three_year": discount(pct(three["n2 (general purpose)"]), "derived",
                               "3-year resource-based committed use discount", three["source"], three_date,
                               "medium-high", "Derivation: %s. The n2 figure applies to every family except m3." %
                               three["derivation"],
                               families=[{"family": "m3", "fraction": pct(three["m3 (memory-optimized)"]),
                                          "note": "m3-megamem-64 derivation"}]),
        "spot": discount(pct(spot["up_to_pct"]), "maximum",
                         "Spot VMs: spare capacity Google can reclaim; 'up to' figure, a best case", spot["source"],
                         "2025-03-06", "medium",
                         "Older docs give %s. Observed examples: %s." % (spot["older_docs_range"], examples),
                         as_of_note="The docs page is undated; dated by the observed examples (Cyclenerd "
                                    "pricing.yml generated 2025-03-06)."),
    }


def azure_discounts(d):
    as_of, _ = date_of(d["source"])
    note = ("%s Savings Plan for compute: up to %d%%. %s" % (d["source"], d["savings_plan_for_compute_up_to_pct"],
                                                             d["notes"]))
    return {
        "one_year": {"fraction": None, "basis": "unavailable",
                     "meaning": "1-year Reserved VM Instance",
                     "note": "The reference has no 1-year figure for Azure (only 'up to %d%%' for reserved VM "
                             "instances, without a term, and no East US per-SKU reservation prices)." %
                             d["reserved_vm_instances_up_to_pct"]},
        "three_year": discount(pct(d["reserved_vm_instances_up_to_pct"]), "maximum",
                               "Reserved VM Instance; 'up to' figure, a best case, taken as the 3-year term since "
                               "the largest reservation discount comes with the longest term (the reference does "
                               "not name the term)", "github.com/moruku36/Zenn; api-evangelist/microsoft-azure-"
                               "virtual-machines plans yml (see note)", as_of, "low", note,
                               as_of_note="Dated by the api-evangelist file (generated 2026-05-04); the Zenn article "
                                          "is undated."),
        "spot": discount(pct(d["spot"]["up_to_pct"]), "maximum",
                         "Spot VMs: spare capacity Azure can evict; 'up to' figure, a best case",
                         d["spot"]["source"], as_of, "low",
                         "Only the maximum is known, from a generated file of low confidence.",
                         as_of_note="Dated by the api-evangelist file (generated 2026-05-04)."),
    }


BLOCK_NOTES = {
    "aws": "gp3 includes 3,000 IOPS and 125 MB/s at any size; provisioned IOPS and throughput above that are "
           "billed extra and are not in this book.",
    "gcp": "Chosen over pd-ssd ($0.17/GiB-month, same source) as the general-purpose SSD that matches gp3 and "
           "Premium SSD; pick pd-ssd in your own book when the WAL needs its higher IOPS per GiB.",
    "azure": "CAVEAT: Premium SSD is billed per provisioned disk tier, not per GiB; this is the P10 price "
             "($19.71 for 128 GiB) divided by 128. Volumes under 128 GiB pay the whole P10; larger tiers cost "
             "less per GiB (P20 $0.14301, P30 $0.132 from third-party pages without a region; P15/P40/P50 and "
             "Premium SSD v2 were not found).",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", default=DEFAULT_REFERENCE)
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    args = parser.parse_args()

    with open(args.reference, "rb") as f:
        raw = f.read()
    ref = json.loads(raw)
    if ref.get("currency") != "USD":
        raise SystemExit("reference currency is not USD")

    clouds = {}
    for cloud in ("aws", "gcp", "azure"):
        data = ref["clouds"][cloud]
        clouds[cloud] = {
            "region": data["region"],
            "instances": instances(cloud, data),
            "block_storage": storage_entry(cloud, data, "block", BLOCK_NOTES[cloud]),
            "object_storage": storage_entry(cloud, data, "object"),
            "egress": egress_entry(cloud, data),
            "discounts": {"aws": aws_discounts, "gcp": gcp_discounts, "azure": azure_discounts}[cloud](
                data["discounts"]),
            "note": "%s, %s, %s. %s" % (data["region"], data["os"], data["pricing_model"], data["instance_notes"]),
        }

    spec = {
        "ram_vs_ssd_usd_per_tb_month": 500,
        "ssd_usd_per_tb_month": 100,
        "object_usd_per_tb_month": 20,
        "source": "spec: Cost Optimization Strategies (engram-scaling-capacity-planning.md, Tier Optimization "
                  "Strategy: 'Savings: $500/TB/month (RAM vs SSD cost)'; 'Savings: $20/TB/month vs $100/TB/month "
                  "SSD')",
        "as_of": "2025-10-24",
        "as_of_note": "The spec's review date.",
        "confidence": "spec figure",
        "note": "The spec says TB; the book reads it as TiB (2^40 bytes), like the per-GiB cloud prices.",
    }

    dated = []
    for cloud, data in clouds.items():
        for item in data["instances"]:
            dated.append((item["as_of"], "%s instance %s" % (cloud, item["name"])))
        for key in ("block_storage", "object_storage", "egress"):
            dated.append((data[key]["as_of"], "%s %s" % (cloud, key)))
        for key, entry in data["discounts"].items():
            if entry.get("fraction") is not None:
                dated.append((entry["as_of"], "%s %s discount" % (cloud, key)))
    dated.append((spec["as_of"], "spec tier costs"))
    oldest_date, oldest_what = min(dated)

    book = {
        "format": "engram-capacity-pricebook",
        "schema_version": 1,
        "name": "Engram reference price book (list prices, one region per cloud)",
        "currency": "USD",
        "as_of": oldest_date,
        "as_of_note": "The oldest as_of of any price in the book (%s), so no price is older than the book's "
                      "date. Most instance prices are far newer: see each entry." % oldest_what,
        "generated_from": "cloud-pricing-reference.json (generated %s, sha256 %s) by scripts/make_pricebook.py" % (
            ref["generated"], hashlib.sha256(raw).hexdigest()),
        "units": {
            "memory_bytes": "bytes (GiB * 2^30)",
            "usd_per_hour": "USD per instance-hour, on-demand list price",
            "usd_per_gb_month": "USD per GiB-month (2^30 bytes)",
            "usd_per_gb": "USD per GiB transferred (2^30 bytes)",
            "fraction": "share off the on-demand compute price, 0..1",
            "month": "730 hours",
        },
        "clouds": clouds,
        "spec_tier_costs": spec,
    }
    text = json.dumps(book, indent=2, ensure_ascii=False) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)
    counts = ", ".join("%s %d" % (c, len(d["instances"])) for c, d in clouds.items())
    print("wrote %s: instances %s; as_of %s (%s)" % (args.output, counts, oldest_date, oldest_what))


if __name__ == "__main__":
    sys.exit(main())
