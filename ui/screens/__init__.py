"""The public screens."""
