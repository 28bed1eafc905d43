# Debian packages for the CI scripts. Source it, then:
#   apt_install PKG...   installs the packages; .ci/run's browser install and docker/test-image's
#                        tools run at the same time, so it waits for apt's locks (up to 5 minutes)
# shellcheck shell=bash

apt_install() {
    local attempt
    for attempt in $(seq 1 30); do
        apt-get -o DPkg::Lock::Timeout=10 update -qq \
            && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=10 install -y -qq "$@" >/dev/null \
            && return 0
        sleep 5
    done
    return 1
}
