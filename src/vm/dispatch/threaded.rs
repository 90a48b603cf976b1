//! The threaded backend.
