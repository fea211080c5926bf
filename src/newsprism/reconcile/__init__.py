"""newsprism.reconcile."""
