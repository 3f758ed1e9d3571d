"""Named checks run by stripe_sdk_interop.py, one module per area; see support.py."""
