//! The switch backend.
