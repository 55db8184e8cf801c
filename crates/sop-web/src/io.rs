//! Import (file picker, drag and drop) and export (YAML, JSON download) of SOP files.
