"""Entry point for `python main.py` and `cdk8s synth` (cdk8s.yaml: app: python main.py)."""
import sys

import frappe_k8s  # noqa: F401  first: points jsii at the Node.js wheel before cdk8s loads
from frappe_k8s.cli import main

if __name__ == "__main__":
    sys.exit(main())
