# docker/nginx.conf outside Docker, for .ci/compose-check and .ci/multi-instance.
# Source it, then:
#   nginx_install               installs Debian's nginx if missing
#   nginx_supports_resolve      true when this nginx takes "resolve" on an upstream server (1.27.3+)
#   nginx_self_signed DIR       makes DIR/cert.pem and DIR/key.pem for localhost, as compose's tls-cert does
#   nginx_local_conf SRC DEST CACHE [PORT UPSTREAM1 UPSTREAM2 [TLS_PORT]]
#       writes a copy of SRC that a Debian host can load, and logs every change it makes:
#       workers run as www-data (the image's user "nginx" does not exist here), the cache is
#       kept in CACHE, the certificate is read from $NGINX_TLS_DIR (nginx_self_signed), "resolve"
#       goes where this nginx is too old for it, and with PORT: it listens on 127.0.0.1:PORT (TLS
#       on 127.0.0.1:TLS_PORT) and sends to UPSTREAM1/UPSTREAM2 (host:port), not app1/app2.
# shellcheck shell=bash

_nginx_log() {
    if declare -F log >/dev/null; then log "$@"; else printf '[nginx %s] %s\n' "$(date +%T)" "$*" >&2; fi
}

nginx_install() {
    command -v nginx >/dev/null && return 0
    _nginx_log "installing nginx"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null \
        || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
    # Debian starts the packaged server; only this project's configurations are wanted here.
    if command -v systemctl >/dev/null; then systemctl disable --now nginx >/dev/null 2>&1 || true; fi
    nginx -s stop >/dev/null 2>&1 || true
}

nginx_version() { nginx -v 2>&1 | sed 's#.*nginx/##'; }

nginx_supports_resolve() {
    [[ $(printf '%s\n' 1.27.3 "$(nginx_version)" | sort -V | awk 'NR == 1') == 1.27.3 ]]
}

nginx_self_signed() {
    mkdir -p "$1"
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 \
        -keyout "$1/key.pem" -out "$1/cert.pem" 2>/dev/null
}

nginx_local_conf() {
    local src=$1 dest=$2 cache=$3 port=${4:-} up1=${5:-} up2=${6:-} tls_port=${7:-}
    local edits=(-e 's#^user nginx;#user www-data;#'
        -e "s#proxy_cache_path /var/cache/nginx/masthead #proxy_cache_path $cache #"
        -e "s#/etc/nginx/tls/#${NGINX_TLS_DIR:?nginx_self_signed a folder and set NGINX_TLS_DIR}/#")
    _nginx_log "local copy of $src: workers as www-data, cache in $cache, certificate from $NGINX_TLS_DIR"
    if [[ -n $port ]] || ! nginx_supports_resolve; then
        edits+=(-e 's# resolve;#;#')
        _nginx_log "local copy: upstream servers without 'resolve' (nginx $(nginx_version))"
    fi
    if [[ -n $port ]]; then
        edits+=(-e "s#listen 80;#listen 127.0.0.1:$port;#" -e "s#listen 443 ssl;#listen 127.0.0.1:${tls_port:?TLS port} ssl;#"
            -e "s#server app1:8080 #server $up1 #" -e "s#server app2:8080 #server $up2 #")
        _nginx_log "local copy: listens on 127.0.0.1:$port and (TLS) 127.0.0.1:$tls_port, upstreams $up1 and $up2"
    fi
    sed "${edits[@]}" "$src" >"$dest"
}
