"""The bytes of an image or file field: inline base64, or a path into Plone's blobstorage."""

import base64
import binascii
import os
from dataclasses import dataclass
from pathlib import Path

from django.utils.text import get_valid_filename

BLOB_HOME_VARIABLE = "COLLECTIVE_EXPORTIMPORT_BLOB_HOME"


class MissingBlob(Exception):
    """The field names a file whose bytes are not in the export."""


@dataclass(frozen=True)
class Blob:
    filename: str
    data: bytes
    content_type: str


def default_blob_home():
    value = os.environ.get(BLOB_HOME_VARIABLE, "")
    return Path(value) if value else None


def _filename(field, fallback):
    name = os.path.basename(str(field.get("filename") or "")) or fallback
    return get_valid_filename(name) or fallback


def read_blob(field, blob_home, fallback_name="file"):
    """The ``Blob`` described by an export field, or ``MissingBlob`` saying why there is none."""
    if not isinstance(field, dict):
        raise MissingBlob("no file data")
    content_type = str(field.get("content-type") or "")
    filename = _filename(field, fallback_name)
    if field.get("data") is not None:
        encoding = str(field.get("encoding") or "base64").lower()
        if encoding == "base64":
            try:
                data = base64.b64decode(str(field["data"]), validate=False)
            except (binascii.Error, ValueError) as error:
                raise MissingBlob(f"invalid base64 data ({error})") from error
        else:
            data = str(field["data"]).encode(encoding if encoding in ("utf-8", "utf8", "latin-1") else "utf-8")
        if not data:
            raise MissingBlob("the file is empty")
        return Blob(filename, data, content_type)
    blob_path = field.get("blob_path")
    if blob_path:
        if blob_home is None:
            raise MissingBlob(f"blob_path {blob_path} given but no blob directory (--blobs or ${BLOB_HOME_VARIABLE})")
        home = Path(blob_home).resolve()
        path = (home / str(blob_path)).resolve()
        # An export is data from elsewhere: a blob_path must not reach outside the blob directory.
        if home != path and home not in path.parents:
            raise MissingBlob(f"blob_path {blob_path} points outside the blob directory")
        if not path.is_file():
            raise MissingBlob(f"blob file {blob_path} not found")
        return Blob(filename, path.read_bytes(), content_type)
    raise MissingBlob("neither data nor blob_path")
