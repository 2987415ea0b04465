"""The Dask path: a local cluster on loopback parses files into a Parquet dataset."""

from __future__ import annotations

import json

import pytest

from jpkpi.batch import find_inputs
from jpkpi.cli import main
from tests.conftest import ROOT

distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")


def test_a_local_cluster_writes_parquet_equal_to_the_cli_records(tmp_path, capsys) -> None:
    from jpkpi.dask import parse_to_parquet, part_name
    from jpkpi.records.arrow import restore_record

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n% cut short")
    paths = [
        *find_inputs([str(ROOT / "corpora" / "seeds"), str(ROOT / "corpora" / "html")]),
        str(broken),
    ]
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        summary = parse_to_parquet(
            paths, str(tmp_path / "dataset"), client=client, files_per_task=3
        )
    assert summary.parts == [str(tmp_path / "dataset" / part_name(n)) for n in range(4)]
    assert [f.path for f in summary.files] == paths
    assert [(f.path, f.error_kind) for f in summary.failed] == [(str(broken), "damaged")]
    assert main(["parse", *paths, "-q"]) == 1
    cli_records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert summary.records == len(cli_records) == 542
    frame = pd.read_parquet(tmp_path / "dataset")
    assert [restore_record(row) for row in frame.to_dict("records")] == cli_records


def test_a_folder_with_parts_of_an_earlier_run_is_refused(tmp_path) -> None:
    from jpkpi.dask import parse_to_parquet
    from jpkpi.errors import JpkpiError

    (tmp_path / "part-00000.parquet").write_bytes(b"PAR1")
    with pytest.raises(JpkpiError, match="holds parts of an earlier run"):
        parse_to_parquet(
            [str(ROOT / "corpora" / "seeds" / "000_fb57e009c395afac.txt")], str(tmp_path)
        )
