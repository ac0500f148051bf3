"""Ships the top-level resources/ folder inside the wheel as briefing/resources_data."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["briefing", "briefing.*"]), "briefing.resources_data"],
    package_dir={"briefing.resources_data": "resources"},
    package_data={"briefing.resources_data": ["**/*"]},
    include_package_data=False,
)
