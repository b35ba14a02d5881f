"""What merging a change does to the cluster: `frappe-k8s diff` as a plan.

Two renders (the committed one, and platform.yaml rendered now) are compared per object (objects.py), and each
difference is read for its consequences, in six classes: refused at apply (immutable.py), data (data.py), Jobs that
will run (runs.py), restarts (restarts.py), capacity (capacity.py) and exposure (exposure.py). Refusals and data
loss block until acknowledged (acknowledge.py). plan.py puts it together; formats.py prints it as text, markdown
or JSON.
"""
